/**
 * Public items that other modules attach to: a module that owns a kind of public item (a commitment, a
 * milestone, a plan, minutes...) describes it through a {@link org.apertura.platform.items.PublicItemSource};
 * a module that adds something to every such item (feedback, proposals, challenges) contributes
 * {@link org.apertura.platform.items.ItemPanel}s that the item's page shows. Neither side knows the other.
 */
package org.apertura.platform.items;
