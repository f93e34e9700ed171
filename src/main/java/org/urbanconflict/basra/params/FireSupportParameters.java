package org.urbanconflict.basra.params;

/**
 * Coalition fire support. No coalition ground troops entered the city in the first week, so none are modelled.
 */
public final class FireSupportParameters implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private StrikeAssetParameters air;
    private StrikeAssetParameters artillery;

    /** US air strikes. */
    public StrikeAssetParameters getAir() {
        return air;
    }

    public void setAir(StrikeAssetParameters value) {
        this.air = value;
    }

    public String desAir() {
        return "US air strikes.";
    }

    /** UK artillery from the airport. */
    public StrikeAssetParameters getArtillery() {
        return artillery;
    }

    public void setArtillery(StrikeAssetParameters value) {
        this.artillery = value;
    }

    public String desArtillery() {
        return "UK artillery from the airport.";
    }
}
