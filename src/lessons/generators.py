# Chapter 2: the chest as a generator, and a generator that never ends.
def chest_items(items):
    for item in items:  # ts:loop
        yield item  # ts:give
    # ts:end

def count_forever():
    i = 0  # ts:zero
    while True:  # ts:forever
        i += 1  # ts:up
        yield i  # ts:count
