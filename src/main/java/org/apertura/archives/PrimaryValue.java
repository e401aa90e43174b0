package org.apertura.archives;

/** The primary documentary values of a series: administrativo, legal, fiscal-contable (written A, L, F-C). */
public enum PrimaryValue {
    A, L, FC
}
