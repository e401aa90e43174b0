package org.apertura.opendata;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Checks a generated CSV of the given size (never held whole anywhere) and prints its row count; for QualityCheckTest. */
public final class LargeCsvCheck {

    private LargeCsvCheck() {
    }

    public static void main(String[] args) {
        long size = Long.parseLong(args[0]);
        QualityReport report = new QualityCheck().check(generated(size), DetectedFormat.CSV);
        System.out.println("rows=" + report.rows());
        System.out.println("columns=" + report.columns().size() + " distinctCapped=" + report.column(0).distinctCapped());
    }

    /** Rows of public works (id, municipality key, amount, date, text) up to about {@code size} bytes. */
    static InputStream generated(long size) {
        return new InputStream() {
            private long written;
            private long row;
            private byte[] line = "folio,clave_inegi,monto,fecha,descripcion\n".getBytes(StandardCharsets.UTF_8);
            private int position;

            @Override
            public int read() {
                if (position >= line.length && !next()) {
                    return -1;
                }
                return line[position++] & 0xFF;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= line.length && !next()) {
                    return -1;
                }
                int n = Math.min(length, line.length - position);
                System.arraycopy(line, position, buffer, offset, n);
                position += n;
                return n;
            }

            private boolean next() {
                written += line.length;
                if (written >= size) {
                    return false;
                }
                row++;
                line = ("OP-" + row + ",10" + String.format("%03d", row % 39 + 1) + "," + (row * 37 % 1_000_000) + "."
                        + (row % 100) + ",2025-" + String.format("%02d", row % 12 + 1) + "-15,Obra número " + row
                        + " de pavimentación\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
                return true;
            }
        };
    }
}
