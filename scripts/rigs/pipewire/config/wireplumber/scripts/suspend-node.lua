-- mediacapture-java test rig: replaces WirePlumber 0.4.13's suspend-node.lua (found first because the
-- rig points XDG_CONFIG_HOME at the directory above this one; WirePlumber 0.4 looks up scripts
-- there before /usr/share).
--
-- Why: the stock script arms a 5 s "suspend" timer when a node turns idle and never disarms it when
-- the node is destroyed; the timer then fires on a dead proxy and WirePlumber segfaults (seen in
-- libwireplumber-0.4.so.0.4.13 on Debian 12). Hot-plug tests remove idle nodes all the time, and
-- without WirePlumber nothing gets linked any more. Same behaviour otherwise: audio and video nodes
-- idle (or in error) for session.suspend-timeout-seconds (default 5, 0 = never) get suspended.

local pending = {} -- node bound-id -> timeout source

local function disarm(id)
  if id ~= nil and pending[id] ~= nil then
    pending[id]:destroy()
    pending[id] = nil
  end
end

local nodes = ObjectManager {
  Interest { type = "node", Constraint { "media.class", "matches", "Audio/*" } },
  Interest { type = "node", Constraint { "media.class", "matches", "Video/*" } },
}

local function arm(id, seconds)
  pending[id] = Core.timeout_add(seconds * 1000, function ()
    pending[id] = nil
    -- Look the node up again rather than keeping its proxy: it may have gone meanwhile.
    local node = nodes:lookup { Constraint { "bound-id", "=", id, type = "gobject" } }
    if node ~= nil then
      Log.info(node, "idle for " .. seconds .. " s: suspending")
      node:send_command("Suspend")
    end
    return false
  end)
end

nodes:connect("object-added", function (_, node)
  local id = node["bound-id"]
  node:connect("state-changed", function (changed, _, state)
    disarm(id)
    if state ~= "idle" and state ~= "error" then
      return
    end
    local seconds = tonumber(changed.properties["session.suspend-timeout-seconds"]) or 5
    if seconds > 0 then
      arm(id, seconds)
    end
  end)
end)

nodes:connect("object-removed", function (_, node)
  disarm(node["bound-id"])
end)

nodes:activate()
