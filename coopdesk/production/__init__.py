"""Production and sales: what members mine, what the cooperative buys from them and sells."""
