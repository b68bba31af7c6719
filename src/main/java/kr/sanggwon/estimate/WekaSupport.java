package kr.sanggwon.estimate;

/** Weka's linear algebra goes through netlib; the native jars are excluded, so select the pure-Java F2J code first. */
public final class WekaSupport {
    static {
        System.setProperty("com.github.fommil.netlib.BLAS", "com.github.fommil.netlib.F2jBLAS");
        System.setProperty("com.github.fommil.netlib.LAPACK", "com.github.fommil.netlib.F2jLAPACK");
        System.setProperty("com.github.fommil.netlib.ARPACK", "com.github.fommil.netlib.F2jARPACK");
    }

    private WekaSupport() {
    }

    /** Call before the first Weka class is touched (idempotent). */
    public static void init() {
        // the static initializer does the work
    }
}
