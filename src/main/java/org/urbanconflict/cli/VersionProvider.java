package org.urbanconflict.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version Maven wrote into the jar manifest; "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    /** The tool's version, also recorded in every results folder. */
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"urbanconflict " + version(), "MASON 18, Java " + System.getProperty("java.version")};
    }
}
