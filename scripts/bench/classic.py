# The seed's classic battle in CPython, for `npm run bench`: ゆうしゃ 100 HP vs スライム 20 HP as
# generator counters, random.randint(-10, -5) both ways, round robin, the first death ends it.
# No print. Prints one line: battles per second of process CPU time, over at least the given seconds.
import random
import sys
import time


def hp_counter(name, initial_hp):
    count = initial_hp
    while True:
        received = yield count
        if received is not None:
            if received < 0:
                count -= abs(received)
                if count <= 0:
                    return 0
            elif received > 0:
                count += received


def run():
    tasks = [hp_counter("ゆうしゃ", 100), hp_counter("スライム", 20)]
    while tasks:
        t = tasks.pop(0)
        try:
            t.send(None)
            t.send(random.randint(-10, -5))
        except StopIteration:
            break
        tasks.append(t)
    for t in tasks:
        t.close()


def main():
    seconds = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    random.seed(20240601)
    battles = 0
    t0 = time.process_time()
    elapsed = 0.0
    while elapsed < seconds:
        for _ in range(200):
            run()
        battles += 200
        elapsed = time.process_time() - t0
    print(battles / elapsed)


main()
