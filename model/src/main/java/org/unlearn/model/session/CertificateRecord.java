package org.unlearn.model.session;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The log entry of an issued certificate: what it covers, the entry it is anchored to and the hash of the file
 * written, so a certificate shown later can be matched to its issue (the file's name and place are not logged:
 * they are the user's). The command line and the window log their certificates alike.
 */
public final class CertificateRecord {
    private CertificateRecord() {}

    /** @param covers what the certificate covers: "whole session", "last request" or "request r3" */
    public static Map<String, Object> fields(String covers, boolean pdf, long anchoredTo, byte[] written) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("certificate", covers);
        fields.put("format", pdf ? "pdf" : "html");
        fields.put("anchored_to_entry", anchoredTo);
        fields.put("sha256", sha256(written));
        return fields;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
