// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "signing/ltv/ValidationData.h"
#include "signing/pdf/IncrementalUpdate.h"

namespace vanthu::signing
{

/**
 * The Document Security Store of @p file (catalog /DSS: /Certs, /OCSPs, /CRLs, each an array of streams holding
 * one DER item). A document without a DSS has empty data. Streams that cannot be read are skipped: the DSS is
 * evidence offered, and each item proves itself by its signature when it is used.
 */
[[nodiscard]] ValidationData readDss(pdf::PdfFile& file);

/**
 * Builds the incremental update that adds @p data to @p file's DSS (created when missing; what it held stays, an
 * item already there is not written again), and the ESIC extension in the catalog (PAdES, ETSI EN 319 142-1 §5.4).
 * Only the new streams, the DSS dictionary and the catalog are written: a validator classifies it as LTA updates.
 * Errors: InvalidInput when @p file has no usable catalog; Conflict when there is nothing new to add.
 */
[[nodiscard]] Result<pdf::WrittenUpdate> appendDss(pdf::PdfFile& file, const ValidationData& data);

} // namespace vanthu::signing
