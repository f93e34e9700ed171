package org.urbanconflict.epstein;

import java.util.List;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Where each number of an Epstein scenario file lives in {@link EpsteinParameters}, declared once: the loader binds a
 * file through this table, and sweeps, designs and calibrations set a single number through it. The bean is flat
 * (the model's own names) while the file is grouped by topic, so, unlike the Basra beans, the two cannot share names.
 *
 * @param pointer the number's place in the file, e.g. {@code /citizens/legitimacy}
 */
public record EpsteinFields(String pointer, ToDoubleFunction<EpsteinParameters> getter,
        ObjDoubleConsumer<EpsteinParameters> setter) {

    /** The jail term's place; its file value may also be the text "infinite". */
    public static final String MAX_JAIL_TERM = "/cops/maxJailTerm";

    public static final List<EpsteinFields> NUMBERS = List.of(
            new EpsteinFields("/lattice/width", EpsteinParameters::getWidth, (p, v) -> p.setWidth((int) v)),
            new EpsteinFields("/lattice/height", EpsteinParameters::getHeight, (p, v) -> p.setHeight((int) v)),
            new EpsteinFields("/population/citizenDensity", EpsteinParameters::getCitizenDensity,
                    EpsteinParameters::setCitizenDensity),
            new EpsteinFields("/population/copDensity", EpsteinParameters::getCopDensity,
                    EpsteinParameters::setCopDensity),
            new EpsteinFields("/citizens/vision", EpsteinParameters::getCitizenVision,
                    EpsteinParameters::setCitizenVision),
            new EpsteinFields("/citizens/legitimacy", EpsteinParameters::getLegitimacy,
                    EpsteinParameters::setLegitimacy),
            new EpsteinFields("/citizens/threshold", EpsteinParameters::getThreshold,
                    EpsteinParameters::setThreshold),
            new EpsteinFields("/citizens/arrestConstant", EpsteinParameters::getArrestConstant,
                    EpsteinParameters::setArrestConstant),
            new EpsteinFields("/cops/vision", EpsteinParameters::getCopVision, EpsteinParameters::setCopVision),
            new EpsteinFields(MAX_JAIL_TERM, EpsteinParameters::getMaxJailTerm, (p, v) -> {
                p.setInfiniteJail(false);
                p.setMaxJailTerm((int) v);
            }),
            new EpsteinFields("/run/steps", EpsteinParameters::getSteps, (p, v) -> p.setSteps((int) v)),
            new EpsteinFields("/run/outburstThreshold", EpsteinParameters::getOutburstThreshold,
                    (p, v) -> p.setOutburstThreshold((int) v)));

    /**
     * The true/false switches, which sweeps, designs and sensitivity analyses set as 0 (false) or 1 (true); the loader
     * reads them as booleans itself.
     */
    public static final List<EpsteinFields> SWITCHES = List.of(
            new EpsteinFields("/citizens/activeCountsTwice", p -> p.isActiveCountsTwice() ? 1 : 0,
                    (p, v) -> p.setActiveCountsTwice(v != 0)),
            new EpsteinFields("/citizens/movement", p -> p.isMovement() ? 1 : 0, (p, v) -> p.setMovement(v != 0)));

    /** The number or switch at {@code pointer}, or null when neither lives there. */
    public static EpsteinFields at(String pointer) {
        for (List<EpsteinFields> fields : List.of(NUMBERS, SWITCHES)) {
            for (EpsteinFields f : fields) {
                if (f.pointer.equals(pointer)) {
                    return f;
                }
            }
        }
        return null;
    }

    public double get(EpsteinParameters p) {
        return getter.applyAsDouble(p);
    }

    public void set(EpsteinParameters p, double value) {
        setter.accept(p, value);
    }
}
