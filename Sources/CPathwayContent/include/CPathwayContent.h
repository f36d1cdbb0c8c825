#ifndef CPATHWAYCONTENT_H
#define CPATHWAYCONTENT_H
#include <stddef.h>

/// The bytes of Resources/pathway.json as they were at build time.
const unsigned char *discpath_pathway_bytes(void);
/// How many bytes discpath_pathway_bytes() points at.
size_t discpath_pathway_length(void);

/// The bytes of Resources/cases.json (the trainee's practice cases) as they were at build time.
const unsigned char *discpath_cases_bytes(void);
/// How many bytes discpath_cases_bytes() points at.
size_t discpath_cases_length(void);

#endif
