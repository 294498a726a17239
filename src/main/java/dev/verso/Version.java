package dev.verso;

/** Verso's name and version, as printed by {@code --version} and in every report and signature. */
public final class Version {
  /** Tool name. */
  public static final String NAME = "verso";

  /** Release version (kept equal to the Maven project version). */
  public static final String VERSION = "0.1.0";

  private Version() {}
}
