package io.atende.billing.web;

import java.math.BigDecimal;
import java.time.LocalDate;

/** {@code POST /api/admin/billing/rates/igpm}: the IGP-M in percent (may be negative) and the day it takes effect. */
record IgpmRequest(BigDecimal percent, LocalDate effectiveFrom) {
}
