package org.apertura.budget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The CONAC classifiers the clave presupuestaria is made of, shipped as data with their source
 * ({@code budget/cog.csv}, {@code budget/cri.csv}, {@code budget/classifications.csv}; each file's header says what it
 * includes): the Clasificador por Objeto del Gasto to the partida genérica, the Clasificador por Rubros de Ingresos to
 * the tipo, the functional classification to the función, the types of spending, the sources of financing and the
 * programme modalities. Names are in Spanish, as published.
 */
@Component
public class Catalogues {

    private final Map<String, String> cog = read("budget/cog.csv", null);
    private final Map<String, String> cri = read("budget/cri.csv", null);
    private final Map<String, String> functions = read("budget/classifications.csv", "function");
    private final Map<String, String> types = read("budget/classifications.csv", "type");
    private final Map<String, String> sources = read("budget/classifications.csv", "source");
    private final Map<String, String> modalities = read("budget/classifications.csv", "modality");

    /** The COG chapter (e.g. {@code 2000}) of a partida ({@code 211}, {@code 21101}). */
    public static String chapterOf(String partida) {
        return partida.charAt(0) + "000";
    }

    /** The COG concept (e.g. {@code 2100}) of a partida. */
    public static String conceptOf(String partida) {
        return partida.substring(0, 2) + "00";
    }

    /** The partida genérica (three digits) of a partida genérica or específica. */
    public static String genericOf(String partida) {
        return partida.substring(0, 3);
    }

    /** Whether the partida (genérica, or específica of a genérica) is one of the COG's partidas genéricas. */
    public boolean knowsPartida(String partida) {
        return partida.length() >= 3 && cog.containsKey(genericOf(partida));
    }

    /** The COG name of a chapter, concept or partida genérica; the code itself when unknown. */
    public String cogName(String code) {
        return cog.getOrDefault(code, code);
    }

    /** Whether the CRI code's rubro and tipo (its first two characters) are in the CRI. */
    public boolean knowsCri(String code) {
        return code.length() >= 2 && cri.containsKey(code.substring(0, 2)) || code.length() == 1 && cri.containsKey(code);
    }

    /** The CRI rubro (its first digit) of a revenue code. */
    public static String rubroOf(String code) {
        return code.substring(0, 1);
    }

    public boolean knowsFunction(String finalidadFuncion) {
        return functions.containsKey(finalidadFuncion);
    }

    /** The name of a finalidad ({@code 2}) or función ({@code 2.5}); the code when unknown. */
    public String functionName(String code) {
        return functions.getOrDefault(code, code);
    }

    public boolean knowsType(String code) {
        return types.containsKey(code);
    }

    public boolean knowsSource(String code) {
        return sources.containsKey(code);
    }

    /** The name of a source of financing ({@code 11}); the code when unknown. */
    public String sourceName(String code) {
        return sources.getOrDefault(code, code);
    }

    public boolean knowsModality(String letter) {
        return modalities.containsKey(letter);
    }

    /** The programme modality of a programme key ({@code E-017} → prestación de servicios públicos). */
    public String modalityName(String programmeKey) {
        return modalities.getOrDefault(programmeKey.substring(0, 1), "");
    }

    /** The COG chapters, in order, with their names. */
    public Map<String, String> chapters() {
        Map<String, String> chapters = new LinkedHashMap<>();
        cog.forEach((code, name) -> {
            if (code.length() == 4 && code.endsWith("000")) {
                chapters.put(code, name);
            }
        });
        return chapters;
    }

    /** The whole COG as shipped (code → name), for the catalogue's download. */
    public Map<String, String> cog() {
        return Collections.unmodifiableMap(cog);
    }

    public Map<String, String> cri() {
        return Collections.unmodifiableMap(cri);
    }

    private static Map<String, String> read(String resource, String kind) {
        Map<String, String> codes = new LinkedHashMap<>();
        try (InputStream in = Catalogues.class.getClassLoader().getResourceAsStream(resource);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String rest = line;
                if (kind != null) {
                    int comma = rest.indexOf(',');
                    if (!rest.substring(0, comma).equals(kind)) {
                        continue;
                    }
                    rest = rest.substring(comma + 1);
                }
                int comma = rest.indexOf(',');
                String name = rest.substring(comma + 1).strip();
                if (name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                codes.put(rest.substring(0, comma).strip(), name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
