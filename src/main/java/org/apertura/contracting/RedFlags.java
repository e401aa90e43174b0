package org.apertura.contracting;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Computes the Cardinal red-flag indicators (open-contracting/cardinal-rs) over OCDS compiled releases, with the
 * same results as Cardinal's {@code indicators} command.
 *
 * <p>Releases are read once, one at a time, in order; indicators that compare an organization or a process with the
 * whole population keep small running totals and decide at the end. Before any indicator, a release is left out if
 * it is not an object with a string {@code ocid}, if its tender is cancelled, or if its
 * {@code /tender/procurementMethodDetails} is excluded in the settings. Instances are immutable and thread-safe;
 * each call is an independent run.
 */
public final class RedFlags {

    private static final Logger log = LoggerFactory.getLogger(RedFlags.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RedFlagSettings settings;

    public RedFlags(RedFlagSettings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /** Flags the releases of a stream, which is consumed in order. */
    public RedFlagReport compute(Stream<? extends JsonNode> releases) {
        List<Calculation> calculations = calculations();
        FlagAccumulator flags = new FlagAccumulator(settings.currency());
        releases.sequential().forEachOrdered(release -> ReleaseView.of(release)
                .filter(view -> view.passesGlobalExclusions(settings))
                .ifPresent(view -> calculations.forEach(calculation -> calculation.fold(view, flags))));
        calculations.forEach(calculation -> calculation.finish(flags));
        return flags.report();
    }

    /**
     * Flags line-delimited JSON, one compiled release per line (the format of Cardinal's input). Blank lines are
     * skipped; so are lines that are not valid JSON, with a warning, as Cardinal does.
     *
     * @throws UncheckedIOException if the reader fails
     */
    public RedFlagReport computeJsonLines(Reader jsonLines) {
        BufferedReader reader = jsonLines instanceof BufferedReader buffered ? buffered : new BufferedReader(jsonLines);
        AtomicLong lineNumber = new AtomicLong();
        return compute(reader.lines()
                .map(line -> parse(line, lineNumber.incrementAndGet()))
                .flatMap(Optional::stream));
    }

    private static Optional<JsonNode> parse(String line, long lineNumber) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(line));
        } catch (JacksonException e) {
            log.warn("Line {} is invalid JSON, skipping. [{}]", lineNumber, e.getOriginalMessage());
            return Optional.empty();
        }
    }

    /**
     * A fresh calculation per enabled indicator, in Cardinal's order. The order matters in one way: without a
     * configured currency, the main currency is the first one seen, and the winning margins look first.
     */
    private List<Calculation> calculations() {
        List<Calculation> calculations = new ArrayList<>();
        WinningMargins margins = new WinningMargins(settings);
        if (settings.isEnabled(Indicator.R024) || settings.isEnabled(Indicator.R058)) {
            calculations.add(margins);
        }
        for (Indicator indicator : Indicator.values()) {
            if (settings.isEnabled(indicator)) {
                calculations.add(switch (indicator) {
                    case R003 -> new ShortSubmissionPeriod(settings);
                    case R018 -> new SingleBidReceived(settings);
                    case R024 -> new PriceCloseToWinningBid(settings.r024Threshold(), margins);
                    case R025 -> new ExcessiveUnsuccessfulBids(settings);
                    case R028 -> new IdenticalBidPrices(settings);
                    case R030 -> new LateBidWon();
                    case R035 -> new AllExceptWinningBidDisqualified(settings.r035Threshold());
                    case R036 -> new LowestBidDisqualified(settings);
                    case R038 -> new ExcessiveDisqualifiedBids(settings);
                    case R048 -> new HeterogeneousSupplier(settings);
                    case R058 -> new HeavilyDiscountedBid(settings.r058Threshold(), margins);
                });
            }
        }
        return calculations;
    }
}
