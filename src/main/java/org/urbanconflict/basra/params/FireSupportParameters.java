package org.urbanconflict.basra.params;

import java.util.List;
import org.urbanconflict.core.Ordered;

/**
 * Coalition fire support. No coalition ground troops entered the city in the first week, so none are modelled.
 */
public final class FireSupportParameters implements java.io.Serializable, Ordered {
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
        return "US air strikes: guided bombs, strafing and helicopters, directed by US special forces.";
    }

    /** UK artillery from the airport. */
    public StrikeAssetParameters getArtillery() {
        return artillery;
    }

    public void setArtillery(StrikeAssetParameters value) {
        this.artillery = value;
    }

    public String desArtillery() {
        return "UK artillery firing from the airport base.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Air", "Artillery");
    }
}
