package org.yadman.web;

import java.time.Clock;
import org.yadman.store.Database;

/**
 * What the web layer runs against: the database, the clock (swappable in tests), and whether this
 * instance serves synthetic demonstration data (every page then says so).
 */
public record Site(Database database, Clock clock, boolean synthetic) {}
