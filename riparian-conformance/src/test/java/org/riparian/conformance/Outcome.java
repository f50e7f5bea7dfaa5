package org.riparian.conformance;

/** One test method of the suite as TestNG reported it: its conformance level, name, status and failure message. */
record Outcome(String level, String method, String status, String message) {

    boolean failed() {
        return status.equals("FAIL");
    }

    @Override
    public String toString() {
        return level + " " + method + ": " + status + (message.isEmpty() ? "" : " " + message);
    }
}
