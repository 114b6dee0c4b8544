package org.unlearn.app.cli;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The log entry of an issued certificate: what it covers, the entry it is anchored to and the hash of the file
 * written, so a certificate shown later can be matched to its issue (the file's name and place are not logged:
 * they are the user's).
 */
final class CertificateRecord {
    private CertificateRecord() {}

    static Map<String, Object> fields(boolean all, boolean pdf, long anchoredTo, byte[] written) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("certificate", all ? "whole session" : "last request");
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
