package kr.sanggwon.workspace;

/** What a workspace holds: the bundled fictional sample city, or the user's own (real) data. Never both. */
public enum WorkspaceKind {
    SAMPLE, OWN
}
