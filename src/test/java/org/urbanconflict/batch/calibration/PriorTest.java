package org.urbanconflict.batch.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Priors from --vary and from CSV and JSON files, and a one-line message for every kind of bad input. */
class PriorTest {
    @Test
    void varyAndBothFileFormatsGiveTheSameBox(@TempDir Path dir) throws Exception {
        Prior vary = Prior.fromVary(List.of("/a/b=1:2", "/c=-5:5.5"));
        Path csv = Files.writeString(dir.resolve("prior.csv"), "# my prior\npointer,min,max\n/a/b,1,2\n\n/c,-5,5.5\n");
        Path json = Files.writeString(dir.resolve("prior.json"),
                "[{\"pointer\": \"/a/b\", \"min\": 1, \"max\": 2}, {\"pointer\": \"/c\", \"min\": -5, \"max\": 5.5}]");
        assertEquals(vary, Prior.read(csv));
        assertEquals(vary, Prior.read(json));
        assertEquals("a.b", vary.bounds().get(0).column());
        assertTrue(vary.contains(new double[] {1, 5.5}) && !vary.contains(new double[] {0.99, 0}));
    }

    @Test
    void badInputIsOneClearMessage(@TempDir Path dir) throws Exception {
        assertMessage("MIN must be below MAX", () -> Prior.fromVary(List.of("/a=2:2")));
        assertMessage("MIN must be below MAX", () -> Prior.fromVary(List.of("/a=3:2")));
        assertMessage("expected PATH=MIN:MAX", () -> Prior.fromVary(List.of("/a=1:2:5")));
        assertMessage("must be numbers", () -> Prior.fromVary(List.of("/a=x:2")));
        assertMessage("given twice", () -> Prior.fromVary(List.of("/a=1:2", "/a=3:4")));
        assertMessage("cannot read", () -> Prior.read(dir.resolve("missing.csv")));
        assertMessage("expected the header", () -> Prior.read(Files.writeString(dir.resolve("h.csv"), "a,b,c\n")));
        assertMessage("not valid JSON", () -> Prior.read(Files.writeString(dir.resolve("b.json"), "[{")));
        assertMessage("no parameters", () -> Prior.read(Files.writeString(dir.resolve("e.csv"), "pointer,min,max\n")));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
        assertTrue(e.getMessage().contains(expected) && !e.getMessage().contains("\n"), e.getMessage());
    }
}
