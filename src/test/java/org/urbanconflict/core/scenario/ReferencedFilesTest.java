package org.urbanconflict.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a scenario names are read only when they can be: a name with a NUL, a device such as /dev/zero, a pipe or a
 * file of gigabytes is one problem at the place that names it, never a stack trace, a hang or an exhausted memory
 * (issue 13 item 6); and a scenario reads no file outside its own folder, the shipped scenarios/ folder and folders
 * the user allowed, however it names it (item 7).
 */
class ReferencedFilesTest {
    @TempDir
    Path dir;

    private List<ScenarioProblem> resolve(String json) throws IOException {
        Path file = dir.resolve("child.json");
        Files.writeString(file, json);
        List<ScenarioProblem> problems = new ArrayList<>();
        ScenarioInheritance.resolve(file, problems);
        return problems;
    }

    @Test
    void aNameWithANulIsOneProblemAtExtends() throws IOException {
        List<ScenarioProblem> p = resolve("{\"extends\": \"a\\u0000b.json\"}");
        assertEquals(1, p.size());
        assertTrue(p.get(0).message().contains("child.json:1:13: /extends: found a file name this system cannot"
                + " use"), p.get(0).message());
    }

    @Test
    void aDeviceIsRefusedUnread() throws IOException {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        assertTrue(resolve("{\"extends\": \"/dev/zero\"}").get(0).message().contains("found \"/dev/zero\", a file"
                + " that is not a .json file"));
        List<ScenarioProblem> given = new ArrayList<>();
        LocatedJsonParser.read(Path.of("/dev/zero"), "scenario file", given);
        assertTrue(given.get(0).message().startsWith("/dev/zero: (whole file): not a regular file"), given.toString());
    }

    @Test
    void aFileOutsideTheAllowedFoldersIsRefusedUntilAllowed() throws IOException {
        Path outside = Files.createTempDirectory("urbanconflict-outside");
        Files.writeString(outside.resolve("secret.json"), "{\"name\": \"x\"}");
        String json = "{\"extends\": \"" + outside.resolve("secret.json") + "\"}";
        String message = resolve(json).get(0).message();
        assertTrue(message.contains("a file outside the folders a scenario may read") && message.contains(
                "give --allow-path DIR"), message);
        Files.createSymbolicLink(dir.resolve("link.json"), outside.resolve("secret.json"));
        assertTrue(resolve("{\"extends\": \"link.json\"}").get(0).message().contains("outside"),
                "a link does not lead out");
        FileAccess.allow(outside);
        assertTrue(resolve(json).stream().noneMatch(p -> p.message().contains("outside")));
    }

    @Test
    void aFolderAndAHugeFileAreRefusedUnread() throws IOException {
        Files.createDirectories(dir.resolve("folder.json"));
        assertTrue(resolve("{\"extends\": \"folder.json\"}").get(0).message().contains("not a regular file"));
        try (RandomAccessFile huge = new RandomAccessFile(dir.resolve("huge.json").toFile(), "rw")) {
            huge.setLength(LocatedJsonParser.MAX_BYTES + 1);
        }
        String message = resolve("{\"extends\": \"huge.json\"}").get(0).message();
        assertTrue(message.contains("a file of " + (LocatedJsonParser.MAX_BYTES + 1) + " bytes; allowed: a scenario"
                + " file of at most 8 MiB"), message);
    }
}
