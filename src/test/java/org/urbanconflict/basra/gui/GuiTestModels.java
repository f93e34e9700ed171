package org.urbanconflict.basra.gui;

import org.urbanconflict.TestScenarios;
import org.urbanconflict.basra.ConflictModel;

/** Started baseline models stepped a number of hours, as the GUI would show them. */
final class GuiTestModels {
    private GuiTestModels() {
    }

    static ConflictModel baselineAfter(int hours, long seed) {
        ConflictModel model = ConflictModel.create(TestScenarios.baseline(), seed);
        model.start();
        for (int h = 0; h < hours; h++) {
            model.schedule.step(model);
        }
        return model;
    }
}
