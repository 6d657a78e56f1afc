package org.spotspec.model.signin;

/** Where sign-in takes credentials from; the sign-in view shows one pane per kind. */
public enum SourceKind {
    PROFILE, ENVIRONMENT, KEYS
}
