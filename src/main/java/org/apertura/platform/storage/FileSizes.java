package org.apertura.platform.storage;

/** File sizes as people say them (1 GB, 500 MB, 12 kB), for limits and downloads. */
public final class FileSizes {

    private FileSizes() {
    }

    public static String inWords(long bytes) {
        if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
            return bytes / (1L << 30) + " GB";
        }
        if (bytes >= 1L << 30) {
            return String.format(java.util.Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        if (bytes >= 1L << 20) {
            return Math.round(bytes / (double) (1L << 20)) + " MB";
        }
        if (bytes >= 1024) {
            return Math.round(bytes / 1024.0) + " kB";
        }
        return bytes + " B";
    }
}
