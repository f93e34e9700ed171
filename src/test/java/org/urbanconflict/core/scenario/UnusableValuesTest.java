package org.urbanconflict.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values no run could use are refused where they are written, with one located problem, instead of a stack trace in
 * validate (a number beyond a double, issue 13 item 1) or a crash when results are written (half a character,
 * item 3); and a file that is not JSON (a key, a password file) is never quoted back in a message (item 7).
 */
class UnusableValuesTest {
    private static final Path FILE = Path.of("test.json");

    private static List<ScenarioProblem> problems(String json) {
        List<ScenarioProblem> problems = new ArrayList<>();
        assertNull(LocatedJsonParser.parse(FILE, json, problems));
        return problems;
    }

    @Test
    void aNumberBeyondADoubleIsOneLocatedProblem() {
        List<ScenarioProblem> p = problems("{\n  \"militia\": {\"fighters\": {\"value\": 1e400}}\n}");
        assertEquals(1, p.size());
        assertEquals("test.json:2:37: /militia/fighters/value: found 1e400, a number too large for this tool;"
                + " allowed: numbers below 9.2e18 for whole numbers and 1.7e308 otherwise (the parameter's own range"
                + " is much smaller)", p.get(0).message());
        assertTrue(problems("{\"a\": 123456789012345678901234567890}").get(0).message().contains("too large"));
        assertTrue(problems("{\"a\": -1e999}").get(0).message().contains("found -1e999"));
    }

    @Test
    void halfACharacterIsRefusedInTextAndInFieldNames() {
        List<ScenarioProblem> p = problems("{\"name\": \"bad \\ud800 name\"}");
        assertEquals(1, p.size());
        assertTrue(p.get(0).message().startsWith("test.json:1:10: /name: found text with half a character in it"
                + " (\\ud800 at position 5)"), p.get(0).message());
        assertTrue(problems("{\"x\\udc00\": 1}").get(0).message().contains("a field name with half a character"));
        List<ScenarioProblem> none = new ArrayList<>();
        LocatedJsonParser.parse(FILE, "{\"name\": \"whole \\ud83d\\ude00 pair\"}", none);
        assertEquals(List.of(), none, "a surrogate pair is one whole character");
    }

    @Test
    void aFileThatIsNotJsonIsNeverEchoedBack() {
        String secret = "sk-abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghij";
        for (String text : new String[] {secret + "\n", "{\"a\": 1}\nroot:x:0:0:root:/root:/bin/bash\n",
            "{\"a\": " + secret + "}"}) {
            List<ScenarioProblem> p = problems(text);
            assertEquals(1, p.size());
            String message = p.get(0).message();
            assertTrue(!message.contains("abcdefgh") && !message.contains("root:x"), message);
            assertTrue(message.contains("a bare word here, which JSON does not allow"), message);
        }
    }
}
