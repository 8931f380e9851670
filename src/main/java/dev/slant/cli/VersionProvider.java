package dev.slant.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads slant's version from the jar manifest (Implementation-Version). */
public final class VersionProvider implements IVersionProvider {

    /** The version, or "dev" when running from classes rather than the jar. */
    public static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"slant " + version()};
    }
}
