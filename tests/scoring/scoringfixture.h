#pragma once

#include "scoring/scoringinput.h"

// The hand-worked example of docs/scoring.md.
//
// Domain D1 "Governance"                    Domain D2 "Outcomes"
//   Standard S1                               Standard S3
//     c1  must    weight 1                      c4  should  weight 1  [physiotherapy]
//     c2  should  weight 2                      c5  unspec. weight 0
//     c3  should  weight 1
//   Standard S2 (no criteria) should 1 [nhs]
//
// Assessments: c1 met, c2 partially met, c3 not met, c5 met.
// Evidence: e1 reviewBy 2026-06-30 -> c1; e2 reviewBy 2026-01-01 -> c2; e3 no expiry -> c5.
// Service: not NHS, no other tags; planned visit 2026-09-01; scored as of 2026-03-01.
seqohs::ScoringInput workedExample();

seqohs::Assessment assessed(const QString &id, seqohs::AssessmentResult result,
                            const QString &justification = {});
