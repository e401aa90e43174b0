package org.apertura.opendata;

import org.apertura.platform.demo.DemoSeed;

/**
 * In the demo, the platform's lists are registered as datasets as soon as the directory and the archives exist,
 * before the other seeds, as the first demo start always did. {@link PlatformLists} itself is production work: it
 * runs at every start-up, demo or not, and whenever a module says its records changed. On a first demo start it
 * runs before the seeds and finds no institution yet; this seed gives the catalog's first entries the same place
 * in the demo's history (and so the same ids) as before the seeds declared their needs (ADR 0033).
 */
@DemoSeed.Seed(name = "platform-lists", needs = "jurisdiction", after = "archives")
class PlatformListsSeed implements DemoSeed {

    private final PlatformLists lists;

    PlatformListsSeed(PlatformLists lists) {
        this.lists = lists;
    }

    @Override
    public void seed() {
        lists.register();
    }
}
