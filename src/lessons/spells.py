# Chapter 6: the same two spells with asyncio (the memo's say_after).
import asyncio

async def cast(spell, delay):
    print(f"{spell}: start")  # ts:called
    await asyncio.sleep(delay)  # ts:sleep
    print(f"{spell}: done")  # ts:say
    return spell

async def one_after_another():
    await cast("hoimi", 10)  # ts:seq-1
    await cast("gira", 20)  # ts:seq-2

async def together():
    await asyncio.gather(cast("hoimi", 10), cast("gira", 20))  # ts:gather
