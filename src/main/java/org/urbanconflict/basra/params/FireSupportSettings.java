package org.urbanconflict.basra.params;

import org.urbanconflict.core.Ordered;

import java.util.List;

/** The Fire support tab: US air strikes and UK artillery, each a sub-tab. */
public final class FireSupportSettings implements Ordered {

    private final StrikeAssetSettings air;
    private final StrikeAssetSettings artillery;

    public FireSupportSettings(ParameterSource source) {
        air = new StrikeAssetSettings(source, true);
        artillery = new StrikeAssetSettings(source, false);
    }

    public StrikeAssetSettings getAir() {
        return air;
    }

    public String desAir() {
        return "US air strikes: guided bombs, strafing and helicopters, directed by US special forces.";
    }

    public StrikeAssetSettings getArtillery() {
        return artillery;
    }

    public String desArtillery() {
        return "UK artillery firing from the airport base.";
    }

    @Override
    public List<String> propertyOrder() {
        return List.of("Air", "Artillery");
    }

    @Override
    public String toString() {
        return "Coalition fire support";
    }
}
