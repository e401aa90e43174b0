package org.apertura.plainlanguage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-made vectors, syllabified by the RAE orthographic rules (Ortografía 2010, §4.1). */
class SyllablesTest {

    @ParameterizedTest(name = "{0} = {1} ({2})")
    @CsvSource({
            // the checks
            "ciudad, 2, ciu-dad", "teatro, 3, te-a-tro", "país, 2, pa-ís", "hoy, 1, hoy", "averiguáis, 4, a-ve-ri-guáis",
            "guitarra, 3, gui-ta-rra", "pingüino, 3, pin-güi-no",
            // diphthongs and triphthongs
            "aguacate, 4, a-gua-ca-te", "paisaje, 3, pai-sa-je", "buitre, 2, bui-tre", "residuo, 3, re-si-duo",
            "cuidado, 3, cui-da-do", "miau, 1, miau", "buey, 1, buey", "Camagüey, 3, Ca-ma-güey", "Guaymas, 2, Guay-mas",
            "despreciéis, 3, des-pre-ciéis", "gobierno, 3, go-bier-no", "información, 4, in-for-ma-ción",
            "transparencia, 4, trans-pa-ren-cia", "cuentas, 2, cuen-tas",
            // hiatus
            "aéreo, 4, a-é-re-o", "leer, 2, le-er", "paseé, 3, pa-se-é", "zoo, 2, zo-o", "baúl, 2, ba-úl", "oír, 2, o-ír",
            "río, 2, rí-o", "acentúo, 4, a-cen-tú-o", "Noúmeno, 4, No-ú-me-no", "ciudadanía, 5, ciu-da-da-ní-a",
            "limpiaúñas, 4, lim-pia-ú-ñas", "vivíais, 3, vi-ví-ais", "pleiotropía, 5, ple-io-tro-pí-a",
            "chiita, 3, chi-i-ta", "duunviro, 4, du-un-vi-ro",
            // i and u together always one nucleus
            "huía, 2, huí-a", "cuídate, 3, cuí-da-te",
            // y
            "Uruguay, 3, U-ru-guay", "hay, 1, hay", "rey, 1, rey", "muy, 1, muy", "huy, 1, huy", "y, 1, y",
            "ayer, 2, a-yer", "reyes, 2, re-yes", "yo, 1, yo", "Ayuntamiento, 5, A-yun-ta-mien-to",
            // silent u, ü
            "que, 1, que", "quien, 1, quien", "aquí, 2, a-quí", "guerra, 2, gue-rra", "güero, 2, güe-ro",
            "guion, 1, guion", "truhan, 1, truhan", "ion, 1, ion", "crie, 1, crie",
            // h
            "ahumado, 3, ahu-ma-do", "vahee, 3, va-he-e", "búho, 2, bú-ho", "azahar, 3, a-za-har",
            "anihilar, 4, a-ni-hi-lar", "marihuana, 4, ma-ri-hua-na", "cacahuate, 4, ca-ca-hua-te",
            "Ahuautle, 3, A-huau-tle", "huauzontle, 3, huau-zon-tle", "ahí, 2, a-hí",
            // consonant clusters never change the count; tl stays together
            "atlas, 2, a-tlas", "Tlaxcala, 3, Tlax-ca-la", "azcapotzalco, 5, az-ca-pot-zal-co", "Abyección, 3, Ab-yec-ción",
            "Absceso, 3, Abs-ce-so", "instante, 3, ins-tan-te", "abstracto, 3, abs-trac-to",
            // capitals, acronyms
            "DURANGO, 3, DU-RAN-GO", "PNT, 1, PNT", "INEGI, 3, I-NE-GI"
    })
    void countsTheVowelNuclei(String word, int syllables, String split) {
        assertThat(Syllables.count(word)).as(split).isEqualTo(syllables);
    }
}
