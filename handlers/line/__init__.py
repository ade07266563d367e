"""LINE: webhook (verify, queue, reply), rendering of replies within LINE's limits, the rich menu."""
