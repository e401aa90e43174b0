package org.apertura.appeal;

/** In what capacity someone acts in an appeal. The appellant is never named in public. */
public enum AppealCapacity {
    GUARANTOR,
    TRANSPARENCY_UNIT,
    APPELLANT
}
