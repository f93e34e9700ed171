package org.urbanconflict.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * Reads a run journal back and keeps only what passes every check: each line's own CRC-32, the two header lines,
 * a run index inside the job's range and seen once, a row with as many fields as the header, and a time series member
 * that lies inside {@code timeseries.gz}, has the CRC-32 recorded for it and decompresses as whole gzip. Anything
 * else is dropped with a reason, so its run is simply made again. Never throws on bad content: a journal is input like
 * any other (it is fuzzed). Costs one read of both files, and one decompression of each kept member.
 */
final class JournalCheck {
    static final String RUNS_HEADER = "H";
    static final String SERIES_HEADER = "S";
    /** Journal lines longer than this are not lines the tool writes; reading stops growing a line past it. */
    private static final int MAX_LINE = 1 << 20;

    /** What survived the check, and why anything did not. */
    record Result(String header, String seriesHeader, List<RunJournal.Entry> entries, List<Long> memberCrcs,
            List<String> dropped, long seriesEnd) {
    }

    private JournalCheck() {
    }

    /** A journal line: the payload, a comma, and the payload's CRC-32 in eight hex digits. */
    static String line(String payload) {
        return payload + "," + hex(crc(payload.getBytes(StandardCharsets.UTF_8))) + "\n";
    }

    static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    static String hex(long crc) {
        return String.format(Locale.ROOT, "%08x", crc);
    }

    /**
     * Checks a journal's two files.
     *
     * @param firstRun the lowest run index the job makes; {@code lastRun} the highest
     */
    static Result read(Path linesFile, Path seriesFile, int firstRun, int lastRun) throws IOException {
        List<String> dropped = new ArrayList<>();
        List<RunJournal.Entry> entries = new ArrayList<>();
        List<Long> crcs = new ArrayList<>();
        String header = null;
        String seriesHeader = null;
        long seriesEnd = 0;
        BitSet seen = new BitSet();
        List<String> lines = Files.exists(linesFile) ? lines(linesFile, dropped) : List.of();
        try (FileChannel series = Files.exists(seriesFile) ? FileChannel.open(seriesFile) : null) {
            long seriesSize = series == null ? 0 : series.size();
            int number = 0;
            for (String text : lines) {
                number++;
                String payload = payload(text);
                if (payload == null) {
                    dropped.add("line " + number + " fails its checksum");
                    continue;
                }
                if (header == null || seriesHeader == null) {
                    if (number == 1 && payload.startsWith(RUNS_HEADER + ",")) {
                        header = payload.substring(2);
                    } else if (number == 2 && header != null && payload.startsWith(SERIES_HEADER + ",")) {
                        seriesHeader = payload.substring(2);
                    } else {
                        dropped.add("line " + number + " comes before the journal's headers");
                    }
                    continue;
                }
                String[] parts = payload.split(",", 5);
                String problem = parts.length < 5 ? "has too few fields" : null;
                int run = -1;
                long offset = -1;
                long length = -1;
                long memberCrc = -1;
                if (problem == null) {
                    try {
                        run = Integer.parseInt(parts[0]);
                        offset = Long.parseLong(parts[1]);
                        length = Long.parseLong(parts[2]);
                        memberCrc = Long.parseLong(parts[3], 16);
                    } catch (NumberFormatException e) {
                        problem = "has a field that is not a number";
                    }
                }
                if (problem == null) {
                    problem = entryProblem(run, offset, length, parts[4], header, firstRun, lastRun, seen,
                            seriesSize);
                }
                if (problem == null && length > 0 && !memberIntact(series, offset, (int) length, memberCrc)) {
                    problem = "has a time series that fails its checksum or is not whole gzip";
                }
                if (problem != null) {
                    dropped.add("line " + number + (run >= 0 ? " (run " + run + ")" : "") + " " + problem);
                    continue;
                }
                seen.set(run);
                entries.add(new RunJournal.Entry(run, offset, length, parts[4]));
                crcs.add(memberCrc);
                seriesEnd = Math.max(seriesEnd, offset + length);
            }
        }
        if (seriesHeader == null && !entries.isEmpty()) {
            dropped.add("the headers are missing, so all " + entries.size() + " runs are made again");
            entries.clear();
            crcs.clear();
            seriesEnd = 0;
        }
        return new Result(seriesHeader == null ? null : header, seriesHeader, entries, crcs, dropped, seriesEnd);
    }

    private static String entryProblem(int run, long offset, long length, String row, String header, int firstRun,
            int lastRun, BitSet seen, long seriesSize) {
        if (run < firstRun || run > lastRun) {
            return "names a run outside " + firstRun + "-" + lastRun;
        }
        if (seen.get(run)) {
            return "repeats a run already kept";
        }
        if (offset < 0 || length < 0 || length > Integer.MAX_VALUE || offset > seriesSize - length) {
            return "points past the end of timeseries.gz";
        }
        if (fields(row) != fields(header)) {
            return "has " + fields(row) + " fields, not " + fields(header);
        }
        return null;
    }

    private static int fields(String csv) {
        int n = 1;
        for (int i = 0; i < csv.length(); i++) {
            if (csv.charAt(i) == ',') {
                n++;
            }
        }
        return n;
    }

    /** The payload of a line whose checksum holds, else null. */
    private static String payload(String line) {
        int comma = line.lastIndexOf(',');
        if (comma < 0 || line.length() - comma != 9) {
            return null;
        }
        String payload = line.substring(0, comma);
        return line.substring(comma + 1).equals(hex(crc(payload.getBytes(StandardCharsets.UTF_8)))) ? payload : null;
    }

    /** The complete lines of the file; an unfinished last line (the run in flight at a kill) is left out. */
    private static List<String> lines(Path file, List<String> dropped) throws IOException {
        List<String> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    lines.add(tooLong ? "" : line.toString(StandardCharsets.UTF_8));
                    line.reset();
                    tooLong = false;
                } else if (line.size() < MAX_LINE) {
                    line.write(b);
                } else {
                    tooLong = true;
                }
            }
        }
        if (line.size() > 0) {
            dropped.add("the last line is unfinished (a run in flight when the batch stopped)");
        }
        return lines;
    }

    private static boolean memberIntact(FileChannel series, long offset, int length, long expectedCrc)
            throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        long position = offset;
        while (buffer.hasRemaining()) {
            int read = series.read(buffer, position);
            if (read < 0) {
                return false;
            }
            position += read;
        }
        byte[] bytes = buffer.array();
        if (crc(bytes) != expectedCrc) {
            return false;
        }
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
