# Chapter 5: the boss's phases are generators; yield from delegates to them.
def phase(name, turns):
    damage = 0  # ts:phase-start
    for turn in range(1, turns + 1):  # ts:phase-loop
        damage += (yield f"{name} {turn}") or 0  # ts:phase-yield
    return damage  # ts:phase-return

def boss():
    calm = yield from phase("calm", 2)  # ts:calm
    angry = yield from phase("angry", 2)  # ts:angry
    return calm + angry  # ts:boss-return
