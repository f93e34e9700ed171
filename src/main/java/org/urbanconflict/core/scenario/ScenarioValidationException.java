package org.urbanconflict.core.scenario;


import java.util.List;

/**
 * Thrown by a model's loader when a scenario or its map has problems. It carries all of them, not just
 * the first, so that a person fixing a file sees everything at once. Unchecked: the CLI and GUI catch it at their
 * edge and print {@link #problems()}; code that loads a known-good scenario (tests, batch workers) need not.
 */
public final class ScenarioValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Transient because {@link java.nio.file.Path} is not serializable; the message keeps the text of each. */
    private final transient List<ScenarioProblem> problems;

    public ScenarioValidationException(List<ScenarioProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, ordered by file, line and column; empty after deserialization (see the message). */
    public List<ScenarioProblem> problems() {
        return problems == null ? List.of() : problems;
    }

    private static String describe(List<ScenarioProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (ScenarioProblem problem : problems) {
            text.append(problem.message()).append('\n');
        }
        text.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems").append(" found");
        return text.toString();
    }
}
