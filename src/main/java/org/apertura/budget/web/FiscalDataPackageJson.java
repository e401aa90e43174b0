package org.apertura.budget.web;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The descriptor as the download serves it: indented, UTF-8. */
final class FiscalDataPackageJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FiscalDataPackageJson() {
    }

    static byte[] bytes(ObjectNode descriptor) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor);
    }
}
