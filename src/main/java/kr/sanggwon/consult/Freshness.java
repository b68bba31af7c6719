package kr.sanggwon.consult;

/**
 * Whether a saved scenario was made with the data and models in the folder now. {@code newerData}: data was imported
 * since; {@code newerModel}: the models were retrained since. Either means "newer data exists — recompute?".
 */
public record Freshness(long savedDataVersion, long currentDataVersion, long savedModelDataVersion, long currentModelDataVersion) {

    public boolean newerData() {
        return currentDataVersion != savedDataVersion;
    }

    public boolean newerModel() {
        return savedModelDataVersion >= 0 && currentModelDataVersion >= 0 && currentModelDataVersion != savedModelDataVersion;
    }

    public boolean stale() {
        return newerData() || newerModel();
    }
}
