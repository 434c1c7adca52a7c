# Chapter 3: the memo's counter; send() resets it.
def counter():
    count = 0  # ts:start
    while True:  # ts:loop
        received = yield count  # ts:yield
        if received is not None:  # ts:sent
            count = received  # ts:reset
        else:
            count += 1  # ts:up
