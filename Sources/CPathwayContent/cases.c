#include "CPathwayContent.h"

// The built-in practice cases, embedded like the pathway (see pathway.c): editing
// Resources/cases.json rebuilds only this file.
static const unsigned char cases_json[] = {
#embed "../../Resources/cases.json"
};

const unsigned char *discpath_cases_bytes(void) { return cases_json; }
size_t discpath_cases_length(void) { return sizeof cases_json; }
