package org.apertura.opendata.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apertura.platform.PublicUrl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CKAN's answer to every action: {@code {"help": "<site>/api/3/action/help_show?name=<action>", "success": true,
 * "result": …}}, or {@code "success": false} with an {@code error} object ({@code __type} and {@code message}, or
 * field → messages for a validation error) and the status CKAN gives that error.
 */
final class CkanEnvelope {

    private CkanEnvelope() {
    }

    static String help(PublicUrl url, String action) {
        return url.of("/api/3/action/help_show?name=" + action.replaceAll("[^A-Za-z0-9_]", ""));
    }

    static ResponseEntity<Map<String, Object>> success(PublicUrl url, String action, Object result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help(url, action));
        body.put("success", true);
        body.put("result", result);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    static ResponseEntity<Map<String, Object>> failure(PublicUrl url, String action, CkanError error) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", help(url, action));
        body.put("error", error.body());
        body.put("success", false);
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
