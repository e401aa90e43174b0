/** What is received from people through several channels: the one {@link org.apertura.platform.intake.Channel}. */
package org.apertura.platform.intake;
