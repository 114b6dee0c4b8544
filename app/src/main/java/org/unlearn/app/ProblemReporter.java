package org.unlearn.app;

/** Tells the user, in one line, that something they asked for was not done. */
interface ProblemReporter {
    /** The engine refused the user's input (a bad file, a role that cannot be). */
    void refused(String heading, String line);

    /** Something unexpected went wrong; the line says where the details are. */
    void failed(String heading, String line);
}
