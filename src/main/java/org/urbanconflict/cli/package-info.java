/**
 * The picocli commands of the {@code urbanconflict} tool; the only package that knows every other (it opens a GUI by
 * class name, so headless commands never load Swing).
 */
package org.urbanconflict.cli;
