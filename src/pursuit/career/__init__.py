"""Career mode: after the yes. Close the other searches gracefully, thank the people who
helped, tell the network once, and keep the networking rhythm going until a new search."""
