package org.apertura.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apertura.appeal.AppealCause;
import org.apertura.appeal.DiscontinuanceGround;
import org.apertura.appeal.DismissalGround;
import org.junit.jupiter.api.Test;

class RomanTest {

    @Test
    void writesTheFractionsAsTheLawDoes() {
        // LGTAIP 2025: art. 112 has fr. I–XVII, art. 145 fr. I–XIII, art. 158 fr. I–VII, art. 159 fr. I–IV.
        assertThat(Roman.of(1)).isEqualTo("I");
        assertThat(Roman.of(4)).isEqualTo("IV");
        assertThat(Roman.of(9)).isEqualTo("IX");
        assertThat(Roman.of(13)).isEqualTo("XIII");
        assertThat(Roman.of(14)).isEqualTo("XIV");
        assertThat(Roman.of(17)).isEqualTo("XVII");
        assertThat(Roman.of(19)).isEqualTo("XIX");
        assertThat(Roman.of(40)).isEqualTo("XL");
        assertThat(Roman.of(2026)).isEqualTo("MMXXVI");
        assertThatThrownBy(() -> Roman.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyModuleWritesThemThroughIt() {
        assertThat(AppealCause.values()[12].fraction()).isEqualTo("XIII");
        assertThat(AppealCause.values()[3].fraction()).isEqualTo("IV");
        assertThat(DismissalGround.NEW_CONTENTS.fraction()).isEqualTo("VII");
        assertThat(DiscontinuanceGround.SUPERVENING_IMPROCEDENCE.fraction()).isEqualTo("IV");
    }
}
