#include "CPathwayContent.h"

// The built-in pathway content. clang tracks the embedded file as a dependency,
// so editing Resources/pathway.json rebuilds only this file.
static const unsigned char pathway_json[] = {
#embed "../../Resources/pathway.json"
};

const unsigned char *discpath_pathway_bytes(void) { return pathway_json; }
size_t discpath_pathway_length(void) { return sizeof pathway_json; }
