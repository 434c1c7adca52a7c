# Chapter 4: the memo's battle, with the turn rule the game's Classic mode keeps.
import random

def hp_counter(name, hp):
    count = hp
    while True:
        received = yield count  # ts:yield
        if received is not None and received < 0:
            count -= abs(received)  # ts:damage
            if count <= 0:
                return 0  # ts:died

def run(tasks):
    while tasks:
        t = tasks.pop(0)  # ts:pop
        t.send(None)  # ts:next
        try:
            t.send(random.randint(-10, -5))  # ts:send
        except StopIteration:
            continue  # ts:left
        tasks.append(t)  # ts:append
