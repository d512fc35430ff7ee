package.[
