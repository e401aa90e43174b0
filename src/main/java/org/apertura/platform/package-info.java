/**
 * Cross-cutting plumbing every module may use: web layout and i18n, mail outbox, slugs, hashing,
 * validation errors, CSV export. Open: its types are shared, and it depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.apertura.platform;
